<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>CheckResultPage</name>
        <message numerus="yes">
            <source>Not ready: %n problem(s) to fix in this {what}.</source>
            <translation>
                <numerusform>Not ready: %n problem to fix in this {what}.</numerusform>
                <numerusform>Not ready: %n problems to fix in this {what}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Read the %n warning.</numerusform>
                <numerusform>Read the %n warnings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompletePage</name>
        <message numerus="yes">
            <source>The certificate has %n error(s) (see the findings). Write the PFX anyway?</source>
            <translation>
                <numerusform>The certificate has %n error (see the findings). Write the PFX anyway?</numerusform>
                <numerusform>The certificate has %n errors (see the findings). Write the PFX anyway?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Written: {path} ({protection}; friendly name read back from the PFX: {name})
Checked with {checked}; chain of %n CA certificate(s).

Copy it to every Edge Server, then in the Skype for Business Server Management Shell:

{script}</source>
            <translation>
                <numerusform>Written: {path} ({protection}; friendly name read back from the PFX: {name})
Checked with {checked}; chain of %n CA certificate.

Copy it to every Edge Server, then in the Skype for Business Server Management Shell:

{script}</numerusform>
                <numerusform>Written: {path} ({protection}; friendly name read back from the PFX: {name})
Checked with {checked}; chain of %n CA certificates.

Copy it to every Edge Server, then in the Skype for Business Server Management Shell:

{script}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DomainsPage</name>
        <message numerus="yes">
            <source>Added: %n SIP domain(s).</source>
            <translation>
                <numerusform>Added: %n SIP domain.</numerusform>
                <numerusform>Added: %n SIP domains.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsStrip</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProbeResultPage</name>
        <message numerus="yes">
            <source>%n endpoint(s)</source>
            <translation>
                <numerusform>%n endpoint</numerusform>
                <numerusform>%n endpoints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix.</source>
            <translation>
                <numerusform>%n problem to fix.</numerusform>
                <numerusform>%n problems to fix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Read the %n warning.</numerusform>
                <numerusform>Read the %n warnings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix at this endpoint.</source>
            <translation>
                <numerusform>%n problem to fix at this endpoint.</numerusform>
                <numerusform>%n problems to fix at this endpoint.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadBack</name>
        <message numerus="yes">
            <source>Edge pool {pool}, %n Edge Server(s)</source>
            <translation>
                <numerusform>Edge pool {pool}, %n Edge Server</numerusform>
                <numerusform>Edge pool {pool}, %n Edge Servers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n SIP domain(s): {domains}</source>
            <translation>
                <numerusform>%n SIP domain: {domains}</numerusform>
                <numerusform>%n SIP domains: {domains}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message numerus="yes">
            <source>Next is disabled: fix the %n error(s) above first.</source>
            <translation>
                <numerusform>Next is disabled: fix the %n error above first.</numerusform>
                <numerusform>Next is disabled: fix the %n errors above first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RootsResultPage</name>
        <message numerus="yes">
            <source>%n problem(s) to fix in this store.</source>
            <translation>
                <numerusform>%n problem to fix in this store.</numerusform>
                <numerusform>%n problems to fix in this store.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Read the %n warning.</numerusform>
                <numerusform>Read the %n warnings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificate</numerusform>
                <numerusform>%n certificates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checked with the key, {what}; the chain holds %n CA certificate(s).</source>
            <translation>
                <numerusform>Checked with the key, {what}; the chain holds %n CA certificate.</numerusform>
                <numerusform>Checked with the key, {what}; the chain holds %n CA certificates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The store holds %n certificate(s):</source>
            <translation>
                <numerusform>The store holds %n certificate:</numerusform>
                <numerusform>The store holds %n certificates:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lifetime</name>
        <message numerus="yes">
            <source>Expires on {not_after}, in %n day(s). Renew it by {renew_by}.</source>
            <translation>
                <numerusform>Expires on {not_after}, in %n day. Renew it by {renew_by}.</numerusform>
                <numerusform>Expires on {not_after}, in %n days. Renew it by {renew_by}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expires on {not_after}, in %n day(s). Renew it now: the day to renew by, {renew_by}, has passed.</source>
            <translation>
                <numerusform>Expires on {not_after}, in %n day. Renew it now: the day to renew by, {renew_by}, has passed.</numerusform>
                <numerusform>Expires on {not_after}, in %n days. Renew it now: the day to renew by, {renew_by}, has passed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PoolList</name>
        <message numerus="yes">
            <source>{pool} (%n server(s), Access Edge {access})</source>
            <translation>
                <numerusform>{pool} (%n server, Access Edge {access})</numerusform>
                <numerusform>{pool} (%n servers, Access Edge {access})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n endpoint(s)</source>
            <translation>
                <numerusform>%n endpoint</numerusform>
                <numerusform>%n endpoints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix.</source>
            <translation>
                <numerusform>%n problem to fix.</numerusform>
                <numerusform>%n problems to fix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read the %n warning(s).</source>
            <translation>
                <numerusform>Read the %n warning.</numerusform>
                <numerusform>Read the %n warnings.</numerusform>
            </translation>
        </message>
    </context>
</TS>
# pic-wizard: the external Edge certificate sip.contoso.com
# Subject: CN=sip.contoso.com, OU=IT, O=Contoso Ltd, L=Redmond, ST=Washington, C=US
# Subject alternative names, in order: sip.contoso.com, webcon.contoso.com, sip.fabrikam.com
# Run in the Skype for Business Server (or Lync Server) Management Shell.
# Written for Lync Server 2013 on Windows Server 2008 R2, 2012 or 2012 R2,
# as Microsoft documents them; pic-wizard's tests check this text but never run it.

# 1. On one Edge Server: make the request. The key is generated on that server,
#    exportable so that every Edge Server can import the same certificate.
Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication `
    -Output 'C:\Certificates\sip.contoso.com.req' `
    -DomainName 'sip.contoso.com,webcon.contoso.com,sip.fabrikam.com' `
    -ClientEku $true `
    -PrivateKeyExportable $true `
    -KeyAlg RSA -KeySize 2048 `
    -FriendlyName 'Edge external (PIC)' `
    -Organization 'Contoso Ltd' `
    -OU 'IT' `
    -City 'Redmond' `
    -State 'Washington' `
    -Country 'US'

# 2. Submit C:\Certificates\sip.contoso.com.req to the public certification authority. When it
#    answers, on the same Edge Server, complete the pending request, then export the
#    certificate with its private key for the other Edge Servers (Export-PfxCertificate:
#    Windows Server 2012 and later; on 2008 R2, the Certificates console's export with
#    "Yes, export the private key"). A request made by pic-wizard is completed by
#    pic-wizard instead (certificate + key -> PFX).
Import-CsCertificate -Path 'C:\Certificates\<certificate from the CA>.cer'
$thumbprint = (Get-ChildItem Cert:\LocalMachine\My | Where-Object { ($_.Subject -split ',')[0] -eq 'CN=sip.contoso.com' } | Sort-Object NotAfter -Descending | Select-Object -First 1).Thumbprint
Export-PfxCertificate -Cert "Cert:\LocalMachine\My\$thumbprint" -FilePath 'C:\Certificates\sip.contoso.com.pfx' -Password (Read-Host -AsSecureString "PFX password")

# 3. On every Edge Server: import the PFX, assign it to the Access and Web Conferencing
#    Edge services, and stage it for the A/V authentication service with a roll.
#    The password is asked for, never written in this file.
#    Why the roll: the A/V authentication service signs tokens that live 8 hours (the
#    default token lifetime). With -Roll, the new certificate signs new tokens from the
#    effective date, and tokens signed before it are still checked with the old one
#    until it expires. The effective date is the old certificate's expiry less 8 hours,
#    as Microsoft's page "Stage AV and OAuth certificates in Skype for Business Server
#    using -Roll in Set-CsCertificate" asks.
#    It is a [DateTime], not a date in quotes, which would have to match the server's
#    region settings. Every Edge Server of the pool must be done before that date.
#    Without a current A/V certificate that outlives the next 8 hours, it is assigned at once.
#    Safe to run again: where the new certificate is already assigned or staged for
#    AudioVideoAuthentication, the A/V part is left as it is (assigning it again would
#    end the overlap the roll keeps).
$password = [System.Net.NetworkCredential]::new("", (Read-Host -AsSecureString "PFX password")).Password
#    Edge Server 1 of 1:
Import-CsCertificate -Path 'C:\Certificates\sip.contoso.com.pfx' -Password $password -PrivateKeyExportable $true
$thumbprint = (Get-ChildItem Cert:\LocalMachine\My | Where-Object { ($_.Subject -split ',')[0] -eq 'CN=sip.contoso.com' } | Sort-Object NotAfter -Descending | Select-Object -First 1).Thumbprint
Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal -Thumbprint $thumbprint
$av = @(Get-CsCertificate -Type AudioVideoAuthentication -ErrorAction SilentlyContinue)
$current = $av | Where-Object { $_.Thumbprint -ne $thumbprint } | Sort-Object NotAfter -Descending | Select-Object -First 1
if ($av | Where-Object { $_.Thumbprint -eq $thumbprint }) {
    Write-Host "AudioVideoAuthentication: the new certificate is already assigned or staged on this server; nothing to do."
} elseif ($current -and $current.NotAfter.AddHours(-8) -gt (Get-Date)) {
    $effective = $current.NotAfter.AddHours(-8)
    Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint $thumbprint -Roll -EffectiveDate $effective
} else {
    Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint $thumbprint
}

# 4. Check: the three types show the new thumbprint (AudioVideoAuthentication from its
#    effective date on). Once the old certificate has expired, remove it with:
#    Remove-CsCertificate -Type AudioVideoAuthentication -Previous
Get-CsCertificate | Format-List Use,Thumbprint,Subject,NotAfter

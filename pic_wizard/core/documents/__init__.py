"""Documents: the HTML report, the Windows files (certreq INF, PowerShell), the plan picture."""

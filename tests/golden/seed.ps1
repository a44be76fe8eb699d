# pic-wizard: the external Edge certificate sip.contoso.com
# Subject: CN=sip.contoso.com, OU=IT, O=Contoso Ltd, L=Redmond, ST=Washington, C=US
# Subject alternative names, in order: sip.contoso.com, webcon.contoso.com, sip.fabrikam.com
# Run in the Skype for Business Server (or Lync Server) Management Shell.

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

# 3. On every Edge Server: import the PFX, then assign it to the three Edge services.
#    The password is asked for, never written in this file.
$password = [System.Net.NetworkCredential]::new("", (Read-Host -AsSecureString "PFX password")).Password
#    Edge Server 1 of 1:
Import-CsCertificate -Path 'C:\Certificates\sip.contoso.com.pfx' -Password $password -PrivateKeyExportable $true
$thumbprint = (Get-ChildItem Cert:\LocalMachine\My | Where-Object { ($_.Subject -split ',')[0] -eq 'CN=sip.contoso.com' } | Sort-Object NotAfter -Descending | Select-Object -First 1).Thumbprint
Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication -Thumbprint $thumbprint

# 4. Check: the three types show the new thumbprint.
Get-CsCertificate | Format-List Use,Thumbprint,Subject,NotAfter

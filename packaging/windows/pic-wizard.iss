; Inno Setup script: the Windows installer of pic-wizard, per machine.
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\pic-wizard.iss
;   ISCC.exe /DAppVersion=0.1.0 /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" packaging\windows\pic-wizard.iss
;
; It packs the one-folder bundle that `py dev.py package` builds (dist\pic-wizard) into
; dist\pic-wizard-<version>-setup.exe, which installs it into Program Files for every
; user, adds the Start menu entries, "Check with pic-wizard" on certificate, chain, PFX and
; request files, and optionally pic-wizard-cli on the PATH.  packaging/README.md has the
; whole procedure, signing included.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PIC Certificate Wizard"
#define Bundle "..\..\dist\pic-wizard"

[Setup]
; The same AppId for every release: a new version replaces the old one in place.
AppId={{17BA878B-F9AC-4D89-9479-D7FBC50104EF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The pic-wizard developers
AppPublisherURL=https://github.com/pic-wizard/pic-wizard
AppSupportURL=https://github.com/pic-wizard/pic-wizard/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\pic-wizard
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine: Edge servers and admin workstations are shared; the per-user mode is off.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=pic-wizard-{#AppVersion}-setup
SetupIconFile=pic-wizard.ico
UninstallDisplayIcon={app}\pic-wizard.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes
; Signs the installer and the uninstaller with /DSign and /Ssigntool=... (see README).
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.CheckWith=Check with pic-wizard
french.CheckWith=Vérifier avec pic-wizard
english.CommandLine=pic-wizard command line
french.CommandLine=Ligne de commande pic-wizard
english.AddToPath=Add pic-wizard-cli to the PATH of every user
french.AddToPath=Ajouter pic-wizard-cli au PATH de tous les utilisateurs

[Tasks]
Name: "addtopath"; Description: "{cm:AddToPath}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\pic-wizard.exe"; Comment: "{#AppName}"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\pic-wizard-cli.exe"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\pic-wizard-cli.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; "Check with pic-wizard" in the context menu of each file type.  A verb under
; SystemFileAssociations adds to whatever program opens the type and never takes the type
; over (certmgr keeps opening .cer files on a double-click).  pic-wizard given a file that
; is not a profile goes straight to checking it.
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.cer\shell\pic-wizard.check"; ValueType: string; ValueName: ""; ValueData: "{cm:CheckWith}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.cer\shell\pic-wizard.check"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\pic-wizard.exe"",0"
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.cer\shell\pic-wizard.check\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pic-wizard.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe\SupportedTypes"; ValueType: string; ValueName: ".cer"; ValueData: ""
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.crt\shell\pic-wizard.check"; ValueType: string; ValueName: ""; ValueData: "{cm:CheckWith}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.crt\shell\pic-wizard.check"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\pic-wizard.exe"",0"
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.crt\shell\pic-wizard.check\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pic-wizard.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe\SupportedTypes"; ValueType: string; ValueName: ".crt"; ValueData: ""
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.p7b\shell\pic-wizard.check"; ValueType: string; ValueName: ""; ValueData: "{cm:CheckWith}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.p7b\shell\pic-wizard.check"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\pic-wizard.exe"",0"
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.p7b\shell\pic-wizard.check\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pic-wizard.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe\SupportedTypes"; ValueType: string; ValueName: ".p7b"; ValueData: ""
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.pfx\shell\pic-wizard.check"; ValueType: string; ValueName: ""; ValueData: "{cm:CheckWith}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.pfx\shell\pic-wizard.check"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\pic-wizard.exe"",0"
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.pfx\shell\pic-wizard.check\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pic-wizard.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe\SupportedTypes"; ValueType: string; ValueName: ".pfx"; ValueData: ""
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.req\shell\pic-wizard.check"; ValueType: string; ValueName: ""; ValueData: "{cm:CheckWith}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.req\shell\pic-wizard.check"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\pic-wizard.exe"",0"
Root: HKLM; Subkey: "Software\Classes\SystemFileAssociations\.req\shell\pic-wizard.check\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pic-wizard.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe\SupportedTypes"; ValueType: string; ValueName: ".req"; ValueData: ""
; "Open with" shows the wizard by its name; Win+R finds pic-wizard without the PATH.
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\Applications\pic-wizard.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pic-wizard.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\pic-wizard.exe"; ValueType: string; ValueName: ""; ValueData: "{app}\pic-wizard.exe"; Flags: uninsdeletekey
; pic-wizard-cli on the machine's PATH (the task), taken off again at uninstall ([Code]).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\pic-wizard.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  EnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function NotOnPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'Path', Path) then
    exit;
  Folder := ExpandConstant('{app}');
  Path := ';' + Path + ';';
  At := Pos(';' + Uppercase(Folder) + ';', Uppercase(Path));
  if At = 0 then
    exit;
  Delete(Path, At, Length(Folder) + 1);
  Path := Copy(Path, 2, Length(Path) - 2);
  RegWriteExpandStringValue(HKLM, EnvironmentKey, 'Path', Path);
end;

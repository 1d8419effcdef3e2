; Inno Setup script: a Windows installer for the one-folder app that PyInstaller builds into dist\PressDesk.
; Build on Windows, from the repository root, after `pyinstaller --noconfirm packaging\pressdesk.spec`:
;     iscc /DAppVersion=0.1.0 packaging\pressdesk.iss
; The installer lands in dist\PressDesk-<version>-setup.exe. User data (%APPDATA%\PressDesk: settings,
; glossary, translation memory, language packs, logs) is never touched by installing, updating or removing.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PressDesk"
#define AppExe "PressDesk.exe"
#define AppCli "pressdesk-cli.exe"

[Setup]
; The AppId identifies the product for updates and uninstall: never change it.
AppId={{6DF3884F-8D98-4C8C-8790-D47B0304C112}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PressDesk developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\pressdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user installs need no administrator rights; the dialog lets an administrator install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .pressdesk projects with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "..\dist\PressDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Trilingual press-release editor"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.pressdesk"; ValueType: string; ValueName: ""; ValueData: "PressDesk.Project"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\PressDesk.Project"; ValueType: string; ValueName: ""; ValueData: "PressDesk project"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\PressDesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\PressDesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

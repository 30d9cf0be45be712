; Inno Setup script: a per-user install of Kao that needs no administrator rights.
; Built by .github/workflows/windows-installer.yml after PyInstaller has produced dist\kao.
; Uninstalling removes the program only: the user's data folder (%LOCALAPPDATA%\Kao) is kept.

#define AppName "Kao"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A3C1F0E-5B7D-4E8A-9C21-7F4B2D9E6A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Kao
DefaultDirName={localappdata}\Programs\Kao
DefaultGroupName=Kao
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=kao-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\kao.ico
UninstallDisplayIcon={app}\kao.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Thai messages file; the wizard stays in English, the app itself is Thai.

[Files]
Source: "..\..\dist\kao\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Kao"; Filename: "{app}\kao.exe"
Name: "{userdesktop}\Kao"; Filename: "{app}\kao.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Per-user file association for submission files (.kao): HKCU, so no admin rights are needed.
Root: HKCU; Subkey: "Software\Classes\.kao"; ValueType: string; ValueName: ""; ValueData: "Kao.Submission"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Kao.Submission"; ValueType: string; ValueName: ""; ValueData: "Kao submission file"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Kao.Submission\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kao.exe,0"
Root: HKCU; Subkey: "Software\Classes\Kao.Submission\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kao.exe"" ""%1"""

[Run]
Filename: "{app}\kao.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\kao.exe"; Description: "{cm:LaunchProgram,Kao}"; Flags: nowait postinstall skipifsilent

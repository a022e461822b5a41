; Inno Setup 6 script: the VocDesk installer for Windows, from the one-folder bundle
; dist\VocDesk\ that build.spec makes (PyInstaller). The workflow .github/workflows/build.yml runs
;   iscc /DAppVersion=<vocdesk.__version__> installer\vocdesk.iss
; from the repository root, and gets dist\VocDesk-<version>-setup.exe.
;
; - Per user, no administrator rights (PrivilegesRequired=lowest): the program goes to
;   %LOCALAPPDATA%\Programs\VocDesk ({autopf} in non-administrative install mode), its Start-menu
;   entries to the user's own Start menu. An administrator may still install for all users from
;   the command line (/ALLUSERS).
; - The user's data (%LOCALAPPDATA%\VocDesk: the database, settings, logs, backups; see
;   src/vocdesk/paths.py) is never installed, replaced or deleted: the installer writes only into
;   the program folder, and the uninstaller removes only what the installer wrote. A vocdesk.ini
;   that IT staff put beside the program is not part of the installer either, so it stays on
;   upgrade and uninstall.
; - Inno Setup ships no Thai wizard translation, so the wizard speaks English while the
;   Start-menu entries carry their Thai and English names.
; This file is UTF-8 with a byte-order mark, as Inno Setup 6 needs for the Thai names.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define BundleDir "..\dist\VocDesk"

[Setup]
; The AppId ties every version together: a new version installs over the old one (upgrade).
AppId={{6F1F2B7C-3C0E-4B8E-9D55-0B6C3A1D7E42}
AppName=VocDesk
AppVersion={#AppVersion}
AppVerName=VocDesk {#AppVersion}
AppPublisher=VocDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\VocDesk
DefaultGroupName=VocDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=VocDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\vocdesk.ico
UninstallDisplayIcon={app}\VocDesk.exe
UninstallDisplayName=VocDesk {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running VocDesk before replacing its files, and start nothing again by itself.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.OpenVocDesk=VocDesk
english.OpenVocDeskComment=เสียงของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย - Voice of the customer desk
english.UninstallVocDesk=ถอนการติดตั้ง VocDesk - Uninstall VocDesk
english.DesktopIcon=สร้างทางลัดบนเดสก์ท็อป - Create a desktop shortcut
english.LaunchVocDesk=เปิด VocDesk - Start VocDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's libraries as a whole, so none of an older version's files
; linger beside the new ones. Only the program folder's own _internal: never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\VocDesk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\vocdesk-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:OpenVocDesk}"; Filename: "{app}\VocDesk.exe"; Comment: "{cm:OpenVocDeskComment}"
Name: "{group}\{cm:UninstallVocDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:OpenVocDesk}"; Filename: "{app}\VocDesk.exe"; Comment: "{cm:OpenVocDeskComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\VocDesk.exe"; Description: "{cm:LaunchVocDesk}"; Flags: nowait postinstall skipifsilent

; pbdesk — Windows installer, per user, without administrator rights (NSIS 3, Modern UI 2).
;
; Built by "python -m pbdesk.packaging build-installer", which stages the installed tree and
; passes what this script needs (docs/windows-installer.md):
;   -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0   from pyproject.toml, the one place it lives
;   -DPUBLISHER="pbdesk developers"               pyproject.toml's authors
;   -DSTAGE=/path/to/stage -DOUTFILE=/path/to/pbdesk-0.1.0-setup.exe
;   -DPLACEHOLDER=1                               no Python runtime was given: this installer
;                                                 says so and refuses to install
;
; Installs into %LOCALAPPDATA%\Programs\pbdesk; registers in HKCU only (Start menu, optional
; desktop shortcut, .pbdesk files, "Apps & features"). The user's data stay in
; %LOCALAPPDATA%\pbdesk (platformdirs: database, backups, Cache\) and the preferences in
; HKCU\Software\pbdesk (QSettings) unless "supprimer aussi mes données" is ticked.

!macro Required NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: build with python -m pbdesk.packaging build-installer"
  !endif
!macroend
!insertmacro Required VERSION
!insertmacro Required VERSION_NUMERIC
!insertmacro Required PUBLISHER
!insertmacro Required STAGE
!insertmacro Required OUTFILE

Unicode true
Target amd64-unicode            ; a 64-bit installer (PE32+) for a 64-bit runtime
!ifdef PLACEHOLDER
  SetCompressor zlib            ; never installed (CI's check): build it in seconds
!else
  SetCompressor /SOLID lzma     ; the real installer: smallest download
!endif
ManifestDPIAware true
RequestExecutionLevel user      ; never asks for an administrator

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh

!define APP "pbdesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\pbdesk"
!define SETTINGS_KEY "Software\pbdesk"          ; QSettings("pbdesk", "pbdesk")
!define PROGID "pbdesk.Projet"
!define GUI "$INSTDIR\python\pythonw.exe"
!define GUI_ARGS "-m pbdesk.packaging.launcher"
!define DATA_DIR "$LOCALAPPDATA\pbdesk"           ; user_data_dir("pbdesk", appauthor=False)
!define PLACEHOLDER_DIR "python-runtime-PLACEHOLDER-NOT-INSTALLABLE"

Name "pbdesk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\pbdesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
!ifdef PLACEHOLDER
  BrandingText "pbdesk ${VERSION} — PLACEHOLDER, NOT INSTALLABLE"
!else
  BrandingText "pbdesk ${VERSION}"
!endif

; --- pages ------------------------------------------------------------------------------------

!define MUI_ICON "${STAGE}/pbdesk.ico"
!define MUI_UNICON "${STAGE}/pbdesk.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "${GUI}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "${GUI_ARGS}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE CheckInstallFolder
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPageCreate un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; French first: the language of the users, and the one used when Windows speaks neither.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

; --- strings ----------------------------------------------------------------------------------

LangString SecAppName ${LANG_FRENCH} "pbdesk et menu Démarrer"
LangString SecAppName ${LANG_ENGLISH} "pbdesk and Start menu"
LangString SecDesktopName ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecAssocName ${LANG_FRENCH} "Ouvrir les fichiers .pbdesk avec pbdesk"
LangString SecAssocName ${LANG_ENGLISH} "Open .pbdesk files with pbdesk"
LangString ShortcutComment ${LANG_FRENCH} "Le bureau des budgets participatifs"
LangString ShortcutComment ${LANG_ENGLISH} "The participatory budget desk"
LangString FileTypeName ${LANG_FRENCH} "Projet pbdesk"
LangString FileTypeName ${LANG_ENGLISH} "pbdesk project"
LangString DataFolderRefused ${LANG_FRENCH} "Ce dossier est celui de vos données pbdesk : choisissez-en un autre pour le programme."
LangString DataFolderRefused ${LANG_ENGLISH} "This folder holds your pbdesk data: choose another one for the program."
LangString UnPageTitle ${LANG_FRENCH} "Désinstaller pbdesk"
LangString UnPageTitle ${LANG_ENGLISH} "Uninstall pbdesk"
LangString UnPageSubtitle ${LANG_FRENCH} "Le programme est retiré ; vos données restent, sauf si vous cochez la case."
LangString UnPageSubtitle ${LANG_ENGLISH} "The program is removed; your data stay unless you tick the box."
LangString UnKeepText ${LANG_FRENCH} "pbdesk va être retiré de $INSTDIR.$\r$\n$\r$\nVos données sont conservées : votre base pbdesk, ses copies de sauvegarde et vos préférences, dans ${DATA_DIR}. Une nouvelle installation de pbdesk les retrouvera."
LangString UnKeepText ${LANG_ENGLISH} "pbdesk will be removed from $INSTDIR.$\r$\n$\r$\nYour data are kept: your pbdesk database, its backup copies and your preferences, in ${DATA_DIR}. Installing pbdesk again finds them."
LangString UnDeleteBox ${LANG_FRENCH} "Supprimer aussi mes données (base, copies de sauvegarde, préférences)"
LangString UnDeleteBox ${LANG_ENGLISH} "Also delete my data (database, backup copies, preferences)"
LangString UnDeleteNote ${LANG_FRENCH} "Les bases ouvertes ailleurs (--db, PBDESK_DB, un serveur PostgreSQL) et les fichiers que vous avez exportés ne sont jamais touchés."
LangString UnDeleteNote ${LANG_ENGLISH} "Databases opened elsewhere (--db, PBDESK_DB, a PostgreSQL server) and files you exported are never touched."
LangString UnDeleteConfirm ${LANG_FRENCH} "Supprimer définitivement ${DATA_DIR}, avec votre base pbdesk et ses copies de sauvegarde ? Elles ne passeront pas par la corbeille."
LangString UnDeleteConfirm ${LANG_ENGLISH} "Permanently delete ${DATA_DIR}, with your pbdesk database and its backup copies? They will not go to the Recycle Bin."
!ifdef PLACEHOLDER
  LangString PlaceholderRefused ${LANG_FRENCH} "Cet installateur de pbdesk est une construction d'essai sans Python (PLACEHOLDER-NOT-INSTALLABLE) : il ne peut pas être installé. Demandez l'installateur officiel."
  LangString PlaceholderRefused ${LANG_ENGLISH} "This pbdesk installer is a test build without Python (PLACEHOLDER-NOT-INSTALLABLE): it cannot be installed. Ask for the official installer."
!endif

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "pbdesk"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de pbdesk"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "GPL-3.0-or-later"

; --- the .pbdesk file association (HKCU only) --------------------------------------------------

!macro RemoveAssociation
  ReadRegStr $0 HKCU "Software\Classes\.pbdesk" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.pbdesk" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.pbdesk\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.pbdesk\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.pbdesk"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
!macroend

; --- installation -----------------------------------------------------------------------------

Function .onInit
  !ifdef PLACEHOLDER
    MessageBox MB_OK|MB_ICONSTOP "$(PlaceholderRefused)" /SD IDOK
    Abort
  !endif
FunctionEnd

Function CheckInstallFolder
  ; The uninstaller removes the program folder's content: never the user's data folder.
  ${If} "$INSTDIR" == "${DATA_DIR}"
  ${OrIf} "$INSTDIR" == "${DATA_DIR}\"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(DataFolderRefused)"
    Abort
  ${EndIf}
FunctionEnd

Section "!$(SecAppName)" SecApp
  SectionIn RO
  ; An update replaces the program entirely: no module or package version of the previous one
  ; may linger beside the new one. Only our own folders and files, whatever INSTDIR is.
  RMDir /r "$INSTDIR\site-packages"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\${PLACEHOLDER_DIR}"
  Delete "$DESKTOP\pbdesk.lnk"
  !insertmacro RemoveAssociation

  SetOutPath "$INSTDIR"
  File "${STAGE}/pbdesk.ico"
  File "${STAGE}/pbdesk.cmd"
  File "${STAGE}/build-info.json"
  !ifdef PLACEHOLDER
    SetOutPath "$INSTDIR\${PLACEHOLDER_DIR}"
    File /r "${STAGE}/${PLACEHOLDER_DIR}/*"
  !else
    SetOutPath "$INSTDIR\python"
    File /r "${STAGE}/python/*"
  !endif
  SetOutPath "$INSTDIR\site-packages"
  File /r "${STAGE}/site-packages/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The shortcut's working folder is the user's documents, where file dialogs then open.
  SetOutPath "$DOCUMENTS"
  CreateShortcut "$SMPROGRAMS\pbdesk.lnk" "${GUI}" "${GUI_ARGS}" "$INSTDIR\pbdesk.ico" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  SetOutPath "$DOCUMENTS"
  CreateShortcut "$DESKTOP\pbdesk.lnk" "${GUI}" "${GUI_ARGS}" "$INSTDIR\pbdesk.ico" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Section "$(SecAssocName)" SecAssoc
  ; Double-click: the launcher gets the file's path, as "pbdesk FILE.pbdesk" would.
  WriteRegStr HKCU "Software\Classes\.pbdesk" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.pbdesk\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\pbdesk.ico"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open" "FriendlyAppName" "pbdesk"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"${GUI}" ${GUI_ARGS} "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section "-Apps & features"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "pbdesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\pbdesk.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallerLanguage" "$LANGUAGE"  ; the uninstaller speaks it
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; --- uninstallation ---------------------------------------------------------------------------

Var DeleteData
Var DeleteDataBox

Function un.onInit
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallerLanguage"
  ${If} $0 != ""
    StrCpy $LANGUAGE $0
  ${EndIf}
FunctionEnd

Function un.DataPageCreate
  !insertmacro MUI_HEADER_TEXT "$(UnPageTitle)" "$(UnPageSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 52u "$(UnKeepText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 60u 100% 12u "$(UnDeleteBox)"
  Pop $DeleteDataBox
  ${NSD_CreateLabel} 0 78u 100% 24u "$(UnDeleteNote)"
  Pop $0
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${WM_SETTEXT} 0 "STR:$(^UninstallBtn)"
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DeleteDataBox $DeleteData
  ${If} $DeleteData == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(UnDeleteConfirm)" IDYES +2
    Abort  ; back to the page
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\pbdesk.lnk"
  Delete "$DESKTOP\pbdesk.lnk"
  !insertmacro RemoveAssociation
  ; Only what the installer put there: INSTDIR may have been chosen by the user.
  RMDir /r "$INSTDIR\site-packages"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\${PLACEHOLDER_DIR}"
  Delete "$INSTDIR\pbdesk.ico"
  Delete "$INSTDIR\pbdesk.cmd"
  Delete "$INSTDIR\build-info.json"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; A silent uninstall (/S) shows no page and keeps the data.
  ${If} $DeleteData == ${BST_CHECKED}
    RMDir /r "${DATA_DIR}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
  ${EndIf}
SectionEnd

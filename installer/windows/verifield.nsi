; Verifield's Windows installer (NSIS 3), made from the one-folder bundle that `make bundle` builds on Windows:
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\verifield -DOUTFILE=dist\verifield-0.1.0-setup.exe installer\windows\verifield.nsi
;
; It installs for the current user (no administrator needed) into %LOCALAPPDATA%\Programs\Verifield, adds a
; Start-menu entry and an Apps & features entry, and opens .vfpkg audit packages with Verifield
; (`verifield.exe --open FILE`). Installing a newer version over an older one replaces the program only.
; The uninstaller removes exactly what was installed and never the data folder (%LOCALAPPDATA%\Verifield, or
; wherever the verifier pointed Verifield), which holds the client's engagements and evidence.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Pass the version: -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "Pass the bundle folder: -DBUNDLE=dist\verifield"
!endif
!ifndef OUTFILE
  !define OUTFILE "verifield-${VERSION}-setup.exe"
!endif

!define APP "Verifield"
!define PROGID "Verifield.Package"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\verifield.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Verifield" Program
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"  ; an earlier version's libraries: none of them may linger
  File "${BUNDLE}\verifield.exe"
  File "${BUNDLE}\verifield-cli.exe"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\verifield.exe"

  ; .vfpkg files open in Verifield
  WriteRegStr HKCU "Software\Classes\.vfpkg" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Verifield audit package / 核查包"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\verifield.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\verifield.exe" --open "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\verifield.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Only what the section above put there: the program folder's own files, the shortcut and the registry entries.
; The data folder is never named here, so it stays, whatever it holds.
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\verifield.exe"
  Delete "$INSTDIR\verifield-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: anything the verifier put there stays

  ReadRegStr $0 HKCU "Software\Classes\.vfpkg" ""
  StrCmp $0 "${PROGID}" 0 +2  ; .vfpkg now opened by another program: leave that alone
    DeleteRegKey HKCU "Software\Classes\.vfpkg"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd

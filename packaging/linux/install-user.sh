#!/bin/sh
# Add Kao to this user's application menu and let double-clicked .kao/.kaor files open in it.
# No root needed; run it from the unpacked folder. Removing the folder and the two files
# written here uninstalls Kao; the data folder (~/.local/share/Kao) is left alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/kao.png" "$icons/kao.png"
sed "s|^Exec=kao |Exec=\"$here/kao\" |" "$here/kao.desktop" > "$apps/kao.desktop"
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime install --novendor "$here/kao-mime.xml"
  xdg-mime default kao.desktop application/x-kao-submission application/x-kao-receipt
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Kao added to the applications menu."

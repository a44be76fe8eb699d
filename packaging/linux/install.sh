#!/bin/sh
# Install the pic-wizard bundle for every user of this Linux machine, from its folder:
#
#     sudo ./install.sh              the bundle in /opt/pic-wizard, commands in /usr/local/bin,
#                                    menu entry, icons, file types and AppStream in /usr/local/share
#     sudo ./install.sh --uninstall  removes all of it again
#
# TARGET and PREFIX in the environment change the two places (for a package build, say).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ID=io.github.pic_wizard.PicWizard
TARGET=${TARGET:-/opt/pic-wizard}
PREFIX=${PREFIX:-/usr/local}
SIZES="16 24 32 48 64 128 256"

refresh() {
    # The caches the desktop reads the menu, file types and icons from.
    command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$PREFIX/bin/pic-wizard" "$PREFIX/bin/pic-wizard-cli"
    rm -f "$PREFIX/share/applications/$ID.desktop" "$PREFIX/share/metainfo/$ID.metainfo.xml"
    rm -f "$PREFIX/share/mime/packages/$ID.xml" "$PREFIX/share/icons/hicolor/scalable/apps/$ID.svg"
    for size in $SIZES; do
        rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
    rm -rf "$TARGET"
    refresh
    echo "pic-wizard is uninstalled."
    exit 0
fi

[ -x "$HERE/pic-wizard" ] && [ -x "$HERE/pic-wizard-cli" ] || {
    echo "Run install.sh from the pic-wizard bundle's folder." >&2
    exit 2
}
if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET"
    mkdir -p "$(dirname "$TARGET")"
    cp -R "$HERE" "$TARGET"
fi
mkdir -p "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
    "$PREFIX/share/mime/packages" "$PREFIX/share/icons/hicolor/scalable/apps"
ln -sf "$TARGET/pic-wizard" "$PREFIX/bin/pic-wizard"
ln -sf "$TARGET/pic-wizard-cli" "$PREFIX/bin/pic-wizard-cli"
cp "$TARGET/share/$ID.desktop" "$PREFIX/share/applications/"
cp "$TARGET/share/$ID.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$TARGET/share/$ID.mime.xml" "$PREFIX/share/mime/packages/$ID.xml"
cp "$TARGET/share/$ID.svg" "$PREFIX/share/icons/hicolor/scalable/apps/"
for size in $SIZES; do
    mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    cp "$TARGET/_internal/pic_wizard/icons/pic-wizard-$size.png" \
        "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
refresh
echo "pic-wizard is installed: pic-wizard (the wizard, also in the menu) and pic-wizard-cli."

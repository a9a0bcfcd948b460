import QtQuick

// Body text: at least Theme.bodySize, wrapped, read out as static text.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    wrapMode: Text.Wrap
    visible: text !== ""
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}

import QtQuick
import QtQuick.Controls

// One language, named in its own script and drawn in its own font, so a
// resident who reads no English finds it. The language in use is filled.
Button {
    id: control
    required property string code
    required property string fontFamily
    property bool current: false

    objectName: "language_" + code
    implicitHeight: Theme.buttonHeight
    implicitWidth: Math.max(Theme.minTouch * 4, contentItem.implicitWidth + Theme.margin)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: current

    contentItem: Text {
        text: control.text
        color: control.current ? Theme.brandText : Theme.text
        font.family: control.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: control.current ? Theme.brand
               : control.down ? Theme.secondaryPressed : Theme.secondary
        border.width: control.visualFocus ? 6 : 2
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
}

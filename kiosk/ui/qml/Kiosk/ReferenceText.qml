import QtQuick
import QtQuick.Layouts

// "Your reference" and the kiosk reference in large type, on a green panel
// (the confirmation after documents, and after a call-back request). A screen
// reader spells the reference out character by character.
ColumnLayout {
    id: block
    required property string reference
    property alias referenceName: value.objectName
    spacing: Theme.margin / 2

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Your reference")
        color: Theme.panelText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        id: value
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: block.reference
        color: Theme.panelText
        font.family: "DejaVu Sans Mono"
        font.pixelSize: 80
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.titleSize
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Your reference is %1").arg(text.split("").join(" "))
    }
}

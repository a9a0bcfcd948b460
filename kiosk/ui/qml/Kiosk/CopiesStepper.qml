import QtQuick
import QtQuick.Layouts

// "How many copies do you want?" with large minus and plus buttons (no text field, no keyboard).
RowLayout {
    id: stepper
    property int value: 1
    property int maximum: 1
    signal stepped(int step)
    spacing: Theme.margin / 2

    BodyText {
        Layout.fillWidth: true
        text: qsTr("How many copies do you want?")
        font.pixelSize: Theme.titleSize
    }
    SecondaryButton {
        objectName: "fewerCopiesButton"
        Layout.preferredWidth: Theme.buttonHeight
        implicitWidth: Theme.buttonHeight
        enabled: stepper.value > 1
        text: "\u2212"
        textSize: Theme.headingSize
        Accessible.name: qsTr("Fewer copies")
        onClicked: stepper.stepped(-1)
    }
    Text {
        objectName: "copiesValue"
        Layout.preferredWidth: Theme.buttonHeight
        horizontalAlignment: Text.AlignHCenter
        text: stepper.value
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%Ln copies", "", stepper.value)
    }
    SecondaryButton {
        objectName: "moreCopiesButton"
        Layout.preferredWidth: Theme.buttonHeight
        implicitWidth: Theme.buttonHeight
        enabled: stepper.value < stepper.maximum
        text: "+"
        textSize: Theme.headingSize
        Accessible.name: qsTr("More copies")
        onClicked: stepper.stepped(1)
    }
}

import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// The champion's PIN: digits only, big keys, dots for what is typed.
Item {
    id: pad
    required property StaffViewModel staff
    readonly property string screenName: "staffPin"
    objectName: "pinPad"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Staff sign-in")
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Enter your PIN")
        }
        Text {
            objectName: "pinDots"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight * 0.7
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: pad.staff.pinLength > 0 ? "●".repeat(pad.staff.pinLength) : "–"
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.letterSpacing: 12
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digit(s) typed", "", pad.staff.pinLength)
        }
        BodyText {
            objectName: "pinMessage"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.bodySize * 3
            horizontalAlignment: Text.AlignHCenter
            color: pad.staff.busy ? Theme.text : Theme.error
            font.bold: true
            text: pad.staff.pinMessage
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.margin / 3
            columnSpacing: Theme.margin / 3
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: SecondaryButton {
                    required property string modelData
                    objectName: "pinKey" + modelData
                    Layout.preferredWidth: 200
                    Layout.preferredHeight: Theme.buttonHeight
                    text: modelData
                    textSize: Theme.headingSize
                    enabled: !pad.staff.busy
                    Accessible.name: qsTr("Digit %1").arg(modelData)
                    onClicked: pad.staff.digit(modelData)
                }
            }
            SecondaryButton {
                objectName: "pinDelete"
                Layout.preferredWidth: 200
                Layout.preferredHeight: Theme.buttonHeight
                text: qsTr("Delete")
                textSize: Theme.bodySize
                enabled: !pad.staff.busy && pad.staff.pinLength > 0
                onClicked: pad.staff.deleteDigit()
            }
            SecondaryButton {
                objectName: "pinKey0"
                Layout.preferredWidth: 200
                Layout.preferredHeight: Theme.buttonHeight
                text: "0"
                textSize: Theme.headingSize
                enabled: !pad.staff.busy
                Accessible.name: qsTr("Digit %1").arg("0")
                onClicked: pad.staff.digit("0")
            }
            BigButton {
                objectName: "pinSubmit"
                Layout.preferredWidth: 200
                Layout.preferredHeight: Theme.buttonHeight
                text: qsTr("Sign in")
                textSize: Theme.bodySize
                enabled: !pad.staff.busy && pad.staff.pinLength >= pad.staff.minPinLength
                onClicked: pad.staff.submitPin()
            }
        }
        SecondaryButton {
            objectName: "pinCancel"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            onClicked: pad.staff.cancelPinPad()
        }
    }
}

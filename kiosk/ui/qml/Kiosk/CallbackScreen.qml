import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// "Ask for a call back": who should call, the resident's UK phone number and
// when. The request goes to the outbox like documents do, and the resident
// gets a reference.
Rectangle {
    id: screen
    required property CallbackViewModel viewModel
    readonly property string screenName: "callback"
    readonly property bool done: viewModel.phase === "done"
    color: Theme.background

    ScrollingColumn {
        id: page
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin / 2

        Heading {
            Layout.fillWidth: true
            text: screen.done ? qsTr("We will call you") : qsTr("Ask for a call back")
        }
        BodyText {
            Layout.fillWidth: true
            visible: !screen.done
            text: qsTr("Give us your phone number. Someone from the council will call you.")
        }

        // --- the form ------------------------------------------------------------
        BodyText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin / 2
            visible: !screen.done && screen.viewModel.services.length > 1
            text: qsTr("What is it about?")
            font.bold: true
        }
        BodyText {
            objectName: "callbackServiceMessage"
            Layout.fillWidth: true
            visible: !screen.done && text !== ""
            text: screen.viewModel.serviceMessage
            color: Theme.error
            font.bold: true
        }
        Repeater {
            model: !screen.done && screen.viewModel.services.length > 1 ? screen.viewModel.services : []
            delegate: ChoiceButton {
                required property var modelData
                objectName: "callbackService_" + modelData.id
                Layout.fillWidth: true
                label: modelData.title
                chosen: screen.viewModel.serviceId === modelData.id
                onClicked: screen.viewModel.chooseService(modelData.id)
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin / 2
            visible: !screen.done
            text: qsTr("Your phone number")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            Layout.fillWidth: true
            visible: !screen.done
            text: qsTr("For example, 07911 123456")
            color: Theme.secondaryText
        }
        BodyText {
            objectName: "callbackPhoneMessage"
            Layout.fillWidth: true
            visible: !screen.done && text !== ""
            text: screen.viewModel.phoneMessage
            color: Theme.error
            font.bold: true
        }
        KioskTextField {
            objectName: "callbackPhone"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
            visible: !screen.done
            enabled: screen.viewModel.phase === "form"
            text: screen.viewModel.phone
            problem: screen.viewModel.phoneMessage
            scrollTo: page
            inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
            // Phone numbers read left to right in every language.
            horizontalAlignment: TextInput.AlignLeft
            LayoutMirroring.enabled: false
            Accessible.name: qsTr("Your phone number")
            onTextEdited: screen.viewModel.setPhone(text)
            onAccepted: screen.viewModel.submit()
        }

        BodyText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin / 2
            visible: !screen.done
            text: qsTr("When should we call?")
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            visible: !screen.done
            enabled: screen.viewModel.phase === "form"
            columns: Theme.textScale > 1 ? 1 : 3
            columnSpacing: Theme.margin / 2
            rowSpacing: Theme.margin / 2
            Repeater {
                model: [
                    { "value": "morning", "label": qsTr("Morning") },
                    { "value": "afternoon", "label": qsTr("Afternoon") },
                    { "value": "any", "label": qsTr("Any time") }
                ]
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "callbackTime_" + modelData.value
                    Layout.fillWidth: true
                    minWidth: Theme.minTouch * 3
                    label: modelData.label
                    chosen: screen.viewModel.preferredTime === modelData.value
                    onClicked: screen.viewModel.chooseTime(modelData.value)
                }
            }
        }
        BodyText {
            objectName: "callbackFailed"
            Layout.fillWidth: true
            visible: screen.viewModel.phase === "failed"
            text: qsTr("Sorry, we could not take your request. Please ask a member of staff.")
            color: Theme.error
            font.bold: true
        }
        BigButton {
            objectName: "callbackSubmitButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin / 2
            visible: !screen.done
            enabled: screen.viewModel.phase === "form"
            text: screen.viewModel.phase === "saving" ? qsTr("Please wait…") : qsTr("Ask for a call back")
            onClicked: screen.viewModel.submit()
        }

        // --- done: the reference, as for documents -------------------------------
        Rectangle {
            objectName: "callbackPanel"
            Layout.fillWidth: true
            visible: screen.done
            implicitHeight: panel.implicitHeight + 2 * Theme.margin
            color: Theme.panel
            ColumnLayout {
                id: panel
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                anchors.margins: Theme.margin
                spacing: Theme.margin / 2
                ReferenceText {
                    Layout.fillWidth: true
                    referenceName: "callbackReference"
                    reference: screen.viewModel.reference
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            visible: screen.done
            text: qsTr("Write down your reference. Give it to us when we call.")
        }

        Item { Layout.fillHeight: true }
        SecondaryButton {
            objectName: "callbackBackButton"
            Layout.fillWidth: true
            text: qsTr("Go back")
            onClicked: screen.viewModel.back()
        }
    }
}

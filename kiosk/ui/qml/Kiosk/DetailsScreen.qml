import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk.ViewModels

// The fields the chosen service asks for, typed on the on-screen keyboard.
// Each field's keyboard layout comes from the view-model (digits for numbers).
Rectangle {
    id: screen
    required property DetailsViewModel viewModel
    readonly property string screenName: "details"
    color: Theme.background

    Flickable {
        id: page
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            width: page.width
            spacing: Theme.margin / 2

            BodyText {
                Layout.fillWidth: true
                text: screen.viewModel.serviceTitle
                color: Theme.secondaryText
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Your details")
            }

            Repeater {
                model: screen.viewModel.fields
                delegate: ColumnLayout {
                    id: entry
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin / 2
                    spacing: 8

                    Text {
                        Layout.fillWidth: true
                        text: entry.modelData.optional
                              ? qsTr("%1 (optional)").arg(entry.modelData.label)
                              : entry.modelData.label
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: entry.modelData.example
                        color: Theme.secondaryText
                    }
                    BodyText {
                        objectName: "message_" + entry.modelData.id
                        Layout.fillWidth: true
                        text: entry.modelData.message
                        color: Theme.error
                        font.bold: true
                    }
                    KioskTextField {
                        objectName: "field_" + entry.modelData.id
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.buttonHeight
                        text: entry.modelData.value
                        problem: entry.modelData.message
                        scrollTo: page
                        scrollY: entry.y
                        inputMethodHints: entry.modelData.hints
                        Accessible.name: entry.modelData.label
                        onTextEdited: screen.viewModel.setValue(entry.modelData.id, text)
                        onAccepted: screen.viewModel.submit()
                    }
                }
            }

            BigButton {
                objectName: "continueButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Continue")
                onClicked: screen.viewModel.submit()
            }
            SecondaryButton {
                objectName: "backButton"
                Layout.fillWidth: true
                text: qsTr("Back")
                onClicked: screen.viewModel.back()
            }
        }
    }
}

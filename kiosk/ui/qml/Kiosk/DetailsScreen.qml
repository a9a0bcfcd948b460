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
                    TextField {
                        id: input
                        objectName: "field_" + entry.modelData.id
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.buttonHeight
                        text: entry.modelData.value
                        inputMethodHints: entry.modelData.hints
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.titleSize
                        leftPadding: 24
                        // No selection handles or menus leaking out of the kiosk. Since
                        // Qt 6.9 a TextField opens a Cut/Copy/Paste menu on a right click
                        // or a long press, even with selectByMouse off: switch it off.
                        selectByMouse: false
                        ContextMenu.menu: null
                        Accessible.name: entry.modelData.label
                        Accessible.description: entry.modelData.message
                        onTextEdited: screen.viewModel.setValue(entry.modelData.id, text)
                        onAccepted: screen.viewModel.submit()
                        // Keep the field in view above the keyboard.
                        onActiveFocusChanged: if (activeFocus) page.contentY = Math.max(0, Math.min(entry.y, page.contentHeight - page.height))
                        background: Rectangle {
                            color: Theme.background
                            border.width: input.activeFocus ? 6 : 3
                            border.color: entry.modelData.message !== "" ? Theme.error
                                          : input.activeFocus ? Theme.brand : Theme.border
                        }
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

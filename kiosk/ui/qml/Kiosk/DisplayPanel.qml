import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// "Bigger text": the text size, high contrast, and reading aloud with its
// volume, over the screen the resident is on; nothing of the session changes.
Rectangle {
    id: overlay
    required property DisplayViewModel display
    signal dismissed()
    objectName: "displayPanel"
    color: Theme.scrim

    MouseArea { anchors.fill: parent; Accessible.ignored: true }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 960)
        height: Math.min(parent.height - 2 * Theme.margin, card.implicitHeight + 2 * Theme.margin)
        color: Theme.background
        border.width: 2
        border.color: Theme.border
        radius: 8

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.margin
            contentHeight: card.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: card
                width: parent.width
                spacing: Theme.margin / 2

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Text, colours and sound")
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Text size")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.margin / 4
                    Repeater {
                        model: overlay.display.textSizes
                        delegate: BigButton {
                            required property int modelData
                            readonly property bool chosen: overlay.display.textPercent === modelData
                            objectName: "textSize" + modelData
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            fill: chosen ? Theme.action : Theme.secondary
                            pressedFill: chosen ? Theme.actionPressed : Theme.secondaryPressed
                            ink: chosen ? Theme.actionText : Theme.text
                            textSize: Theme.titleSize
                            text: qsTr("%1 %").arg(Number(modelData).toLocaleString(Qt.locale(), "f", 0))
                            Accessible.name: qsTr("Text size %1 %").arg(modelData)
                            Accessible.checkable: true
                            Accessible.checked: chosen
                            onClicked: overlay.display.setTextPercent(modelData)
                        }
                    }
                }
                SecondaryButton {
                    objectName: "highContrastButton"
                    Layout.fillWidth: true
                    fill: overlay.display.highContrast ? Theme.action : Theme.secondary
                    pressedFill: overlay.display.highContrast ? Theme.actionPressed : Theme.secondaryPressed
                    ink: overlay.display.highContrast ? Theme.actionText : Theme.text
                    text: overlay.display.highContrast ? qsTr("High contrast: on")
                                                       : qsTr("High contrast: off")
                    Accessible.checkable: true
                    Accessible.checked: overlay.display.highContrast
                    onClicked: overlay.display.setHighContrast(!overlay.display.highContrast)
                }
                ReadAloudButton {
                    objectName: "panelReadAloudButton"
                    Layout.fillWidth: true
                    textSize: Theme.titleSize
                }
                BodyText {
                    objectName: "volumeText"
                    Layout.fillWidth: true
                    visible: Speech.on
                    text: Speech.on ? qsTr("Volume: %1 %").arg(Speech.service.volumePercent) : ""
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: Speech.on
                    spacing: Theme.margin / 4
                    SecondaryButton {
                        objectName: "quieterButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Quieter")
                        onClicked: Speech.service.volumeDown()
                    }
                    SecondaryButton {
                        objectName: "louderButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Louder")
                        onClicked: Speech.service.volumeUp()
                    }
                }
                BigButton {
                    objectName: "displayDoneButton"
                    Layout.fillWidth: true
                    text: qsTr("Done")
                    onClicked: overlay.dismissed()
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// Another language at any point of the journey. Only the words change: the
// screen, the pages and what was typed stay as they were.
Rectangle {
    id: overlay
    required property LanguageViewModel language
    signal dismissed()
    objectName: "languagePicker"
    color: Theme.scrim

    MouseArea { anchors.fill: parent; Accessible.ignored: true; onClicked: overlay.dismissed() }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 960)
        implicitHeight: card.implicitHeight + 2 * Theme.margin
        color: Theme.background
        radius: 8
        MouseArea { anchors.fill: parent; Accessible.ignored: true }  // taps on the card stay

        ColumnLayout {
            id: card
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.margins: Theme.margin
            spacing: Theme.margin / 2

            Heading {
                Layout.fillWidth: true
                text: qsTr("Choose your language")
            }
            LanguageChoices {
                Layout.fillWidth: true
                language: overlay.language
                onChosen: (code) => {
                    overlay.language.choose(code)
                    overlay.dismissed()
                }
            }
            SecondaryButton {
                objectName: "closeLanguagesButton"
                Layout.fillWidth: true
                text: qsTr("Close")
                onClicked: overlay.dismissed()
            }
        }
    }
}

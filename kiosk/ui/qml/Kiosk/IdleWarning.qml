import QtQuick
import QtQuick.Layouts

// "Are you still there?" with a countdown (WCAG 2.2.1: at least 20 s to answer).
// Drawn inside the window, never a native dialog; it swallows touches behind it.
Rectangle {
    id: overlay
    property int secondsLeft: 0
    signal moreTimeClicked()
    objectName: "idleWarning"
    color: Theme.scrim
    onVisibleChanged: {
        if (visible)
            Speech.warn(warningHeading.text, warningText.text + " " + countdown.text)
    }

    MouseArea { anchors.fill: parent; Accessible.ignored: true }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 960)
        implicitHeight: card.implicitHeight + 2 * Theme.margin
        color: Theme.background
        border.width: 6
        border.color: Theme.focus
        radius: 8

        ColumnLayout {
            id: card
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.margins: Theme.margin
            spacing: Theme.margin / 2

            Heading {
                id: warningHeading
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
            }
            BodyText {
                id: warningText
                Layout.fillWidth: true
                text: qsTr("To keep your documents private, we will delete them and start again in:")
            }
            Text {
                id: countdown
                objectName: "idleCountdown"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                // Plural forms by hand until the English .ts ships (lupdate keeps both).
                text: qsTr("%Ln second(s)", "", overlay.secondsLeft)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heroSize
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BigButton {
                objectName: "moreTimeButton"
                Layout.fillWidth: true
                text: qsTr("I need more time")
                onClicked: overlay.moreTimeClicked()
            }
        }
    }
}

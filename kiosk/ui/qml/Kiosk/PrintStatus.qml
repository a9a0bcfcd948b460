import QtQuick
import QtQuick.Layouts
import Kiosk.ViewModels

// Where a print job is, in words: working, printing, printed, or what is wrong.
Rectangle {
    id: status
    required property QtObject job   // a PrintJobTracker
    property string doneText: qsTr("Printed. Please take your pages from the printer.")
    objectName: "printStatus"
    visible: job.phase !== "idle"
    implicitHeight: words.implicitHeight + Theme.margin
    color: job.phase === "done" ? Theme.panel
         : (job.phase === "failed" || job.phase === "held_up") ? Theme.notice : Theme.secondary
    border.width: job.phase === "failed" || job.phase === "held_up" ? 6 : 0
    border.color: Theme.error

    BodyText {
        id: words
        objectName: "printMessage"
        anchors.fill: parent
        anchors.margins: Theme.margin / 2
        text: status.job.phase === "done" ? status.doneText : status.job.message
        color: status.job.phase === "done" ? Theme.panelText : Theme.text
        font.bold: true
    }
}

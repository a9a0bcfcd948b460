import QtQuick
import QtQuick.Controls

// A field a resident types into with the on-screen keyboard: large text, a thick
// border that turns the error colour while `problem` is set, and nothing that
// leaks out of the kiosk. Since Qt 6.9 a TextField opens a Cut/Copy/Paste menu
// on a right click or a long press even with selectByMouse off, so the menu is
// switched off too (tests/kiosk/ui/test_lockdown.py checks both fields).
// `scrollTo` is set to the screen's Flickable: the field scrolls into view
// above the keyboard when it gets focus; `scrollY` is where it scrolls to.
TextField {
    id: field
    property string problem: ""
    property Flickable scrollTo: null
    property real scrollY: y - Theme.margin

    implicitHeight: Theme.buttonHeight
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.titleSize
    leftPadding: 24
    selectByMouse: false
    ContextMenu.menu: null
    Accessible.description: problem
    onActiveFocusChanged: {
        if (activeFocus && scrollTo !== null)
            scrollTo.contentY = Math.max(0, Math.min(scrollY, scrollTo.contentHeight - scrollTo.height))
    }
    background: Rectangle {
        color: Theme.background
        border.width: field.activeFocus ? 6 : 3
        border.color: field.problem !== "" ? Theme.error
                      : field.activeFocus ? Theme.brand : Theme.border
    }
}

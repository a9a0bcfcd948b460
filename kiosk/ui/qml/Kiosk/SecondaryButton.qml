import QtQuick

// A button for the way back or a lesser choice: grey, with dark text.
BigButton {
    fill: Theme.secondary
    ink: Theme.text
    pressedFill: Theme.secondaryPressed
    textSize: Theme.titleSize
    background: Rectangle {
        radius: 8
        color: !parent.enabled ? Theme.disabled : parent.down ? parent.pressedFill : parent.fill
        border.width: parent.visualFocus ? 6 : 2
        border.color: parent.visualFocus ? Theme.focus : Theme.border
    }
}

import QtQuick

// "Read aloud": on, each screen, each touched control and each warning is
// spoken (kiosk/ui/speech.py). Green while on.
SecondaryButton {
    readonly property bool isOn: Speech.on
    objectName: "readAloudButton"
    visible: Speech.service !== null && Speech.service.available
    fill: isOn ? Theme.action : Theme.secondary
    pressedFill: isOn ? Theme.actionPressed : Theme.secondaryPressed
    ink: isOn ? Theme.actionText : Theme.text
    textSize: Theme.bodySize
    text: isOn ? qsTr("Read aloud: on") : qsTr("Read aloud: off")
    Accessible.checkable: true
    Accessible.checked: isOn
    onClicked: Speech.service.toggle()
}

import QtQuick

// One of a set of choices: filled when chosen, with a tick so the choice does
// not rest on colour alone (WCAG 1.4.1). `label` is the plain name.
BigButton {
    id: control
    required property string label
    property bool chosen: false
    checkable: true
    checked: chosen
    fill: chosen ? Theme.brand : Theme.secondary
    ink: chosen ? Theme.brandText : Theme.text
    textSize: Theme.titleSize
    text: (chosen ? "\u2713 " : "") + label
    Accessible.name: label
    Accessible.checkable: true
    Accessible.checked: chosen
}

import QtQuick

// A screen's or a section's heading, read out as one.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.headingSize
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}

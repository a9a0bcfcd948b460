pragma Singleton
import QtQuick

// The window's SpeechViewModel (kiosk/ui/speech.py), set by Main.qml, so any
// component can speak a warning without being handed the view-model.
QtObject {
    property QtObject service: null
    readonly property bool on: service !== null && service.enabled

    function warn(title, message) {
        if (service !== null && service.enabled)
            service.sayWarning(title, message)
    }

    // A screen's heading and its instruction, found the same way on every
    // screen: the first visible Heading, then the visible static text after
    // it until there is a sentence's worth (a short label such as "Your
    // reference" brings the text after it along).
    readonly property int instructionWords: 6
    readonly property int instructionParts: 3

    function summary(root) {
        var heading = ""
        var parts = []
        var words = 0
        function done() { return words >= instructionWords || parts.length >= instructionParts }
        function visit(node) {
            if (!node || !node.visible || done())
                return
            var text = node.text !== undefined ? String(node.text).trim() : ""
            if (text !== "" && node.Accessible.role === Accessible.Heading && heading === "") {
                heading = text
            } else if (text !== "" && node.Accessible.role === Accessible.StaticText && heading !== "") {
                parts.push(text)
                words += text.split(/\s+/).length
            }
            var children = node.children
            for (var i = 0; i < children.length; ++i)
                visit(children[i])
        }
        visit(root)
        return [heading, parts.join("\n")]
    }

    function sayScreen(root) {
        // Not `on`: this may run in the handler of the change that moves `on`.
        if (service === null || !service.enabled || !root)
            return
        var parts = summary(root)
        service.sayScreen(parts[0], parts[1])
    }
}

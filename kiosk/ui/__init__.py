"""Qt Quick screens (qml/Kiosk) and the Python view-models bound to them.

Views render view-model properties and call view-model slots; the
view-models talk to kiosk.core. No business rules live in QML.
"""

from kiosk.ui import qt_fixes

qt_fixes.apply()

"""Qt widgets, dialogs and item models. Only this package imports QtWidgets."""

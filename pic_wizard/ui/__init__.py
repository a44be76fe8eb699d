"""The wizard: Qt widgets over the core, through the models of ``pic_wizard.models``."""

"""The ``urllib`` package: only ``urllib.parse`` (pure string work) is
available in the Kaa sandbox; ``urllib.request``, ``urllib.error``,
``urllib.response`` and ``urllib.robotparser`` need the network and are
excluded."""

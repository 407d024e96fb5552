"""Every change to consultations, one class per change, one module per area
(``answers``, ``comments``): views, the admin, the live socket and the demo
seeds call the same classes, so every path checks, writes, logs and signals
alike."""

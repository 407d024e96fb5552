"""Every write to consultations, one class per change, in a module per area
(``draft``: the draft text). Views, the admin, consumers and demo seeds call
the same classes, so each path checks, writes, logs and signals alike."""

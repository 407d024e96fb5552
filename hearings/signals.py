"""What the board's actions tell, inside their transaction: ``hearings.live``
numbers each change and sends it to the hearing's readers once it commits.

``board_changed.send(sender=Action, post=post, kind=BoardEventKind.X)``"""

from django.dispatch import Signal

board_changed = Signal()

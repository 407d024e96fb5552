"""What accounts tells the feature apps, which it never imports."""

from django.dispatch import Signal

# Sent with ``membership`` inside the transaction that confirms it: a feature
# app prepares what the new member may now use (an institution's section).
membership_confirmed = Signal()

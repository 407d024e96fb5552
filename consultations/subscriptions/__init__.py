"""Following new consultations: the subscription form, the unsubscribe link,
and the announcement sent when a consultation is first published."""

"""Who may do what with the shell's own records."""

from django_tasks_db.models import DBTaskResult
from wagtail.permission_policies import ModelPermissionPolicy


class TaskResultPermissionPolicy(ModelPermissionPolicy):
    """Background tasks are written by the task backend alone. In the admin,
    whoever holds the model's view permission reads them, and whoever holds
    its change permission tries a failed one again (``retry``); nobody adds,
    edits or deletes them."""

    def __init__(self):
        super().__init__(DBTaskResult)

    def user_has_permission(self, user, action):
        if action == "retry":
            return super().user_has_permission(user, "change")
        return action == "view" and super().user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        granted = {"view": "view", "retry": "change"}
        return super().users_with_any_permission(
            [granted[action] for action in actions if action in granted]
        )


task_results = TaskResultPermissionPolicy()

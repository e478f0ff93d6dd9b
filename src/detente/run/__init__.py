"""run: scheduling only. Chains the stage functions; the local runner is in ``local``."""

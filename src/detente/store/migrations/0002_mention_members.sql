-- 0002_mention_members: group references ("the two sides") keep the actors they stand for.
ALTER TABLE mentions ADD COLUMN members VARCHAR[] DEFAULT [];

-- Reporters named only in a byline are media actors without a span in the text.
ALTER TABLE mentions ALTER COLUMN "start" DROP NOT NULL;
ALTER TABLE mentions ALTER COLUMN "end" DROP NOT NULL;

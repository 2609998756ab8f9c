-- The audience is frozen in chunks, after the launch has answered, while ingestion goes on. The
-- highest customer id at the moment the campaign starts bounds the freeze, so a customer created
-- during it does not join an audience that was fixed at launch. NULL (campaigns started before this
-- column existed): no bound.
ALTER TABLE campaign ADD COLUMN audience_ceiling BIGINT NULL;

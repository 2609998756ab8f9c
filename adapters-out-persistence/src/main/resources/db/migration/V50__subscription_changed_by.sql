-- Who changed a subscription, where that is known: the marketer's e-mail, the API key's name, or
-- "campaign <id>" for the e-mail whose unsubscribe link was used. NULL for STOP replies and for
-- changes stored before this column.
ALTER TABLE customer_subscription ADD COLUMN changed_by VARCHAR(254) NULL;
ALTER TABLE subscription_change ADD COLUMN changed_by VARCHAR(254) NULL;

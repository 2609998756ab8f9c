-- A customer's total of many orders outgrew DECIMAL(14,2) (each order may be up to 9,999,999,999.99),
-- which failed the whole ingestion batch. The store also caps the total at this column's ceiling.
ALTER TABLE customer
    MODIFY total_spend     DECIMAL(20,2) NOT NULL DEFAULT 0,
    MODIFY avg_order_value DECIMAL(20,2) NOT NULL DEFAULT 0;

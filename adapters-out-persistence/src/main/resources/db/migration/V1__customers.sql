-- Throwaway stand-in for main's V1 until it lands; removed before merging.
CREATE TABLE customer (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  external_id VARCHAR(64) NOT NULL UNIQUE,
  name VARCHAR(200) NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(32) NULL,
  city VARCHAR(100) NULL,
  signup_at DATETIME(6) NULL,
  attributes JSON NULL,
  placeholder BOOLEAN NOT NULL DEFAULT FALSE,
  total_spend DECIMAL(14,2) NOT NULL DEFAULT 0,
  visits INT NOT NULL DEFAULT 0,
  avg_order_value DECIMAL(14,2) NOT NULL DEFAULT 0,
  first_order_at DATETIME(6) NULL,
  last_order_at DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE customer_tag (
  customer_id BIGINT NOT NULL,
  tag VARCHAR(40) NOT NULL,
  PRIMARY KEY (customer_id, tag)
) ENGINE=InnoDB;

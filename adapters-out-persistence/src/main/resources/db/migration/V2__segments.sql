-- Throwaway stand-in for the segments branch's V2 until it lands; removed before merging.
CREATE TABLE segment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  rule_json TEXT NOT NULL
) ENGINE=InnoDB;

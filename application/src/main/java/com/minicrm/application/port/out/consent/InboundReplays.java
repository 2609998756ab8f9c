package com.minicrm.application.port.out.consent;

import com.minicrm.application.port.out.campaign.ReceiptReplays;

/** The inbound-reply signatures seen recently, kept apart from the receipts' so neither refuses the other's requests. */
public interface InboundReplays extends ReceiptReplays {}

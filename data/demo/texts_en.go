package demo

import "interactions/data"

// enTexts fills the English subjects and text templates of lx.
func enTexts(lx *lexicon) {
	lx.dealProducts = []string{
		"Server hardware supply", "Office furniture supply", "Warehouse system rollout",
		"Annual service contract", "Packaging materials supply", "Components supply",
		"Production line upgrade", "New branch fit-out", "Workwear supply", "Building materials supply",
		"Plant hire", "Licence renewal", "Spare parts supply", "Logistics services",
		"Medical equipment supply", "Ventilation system installation", "Cable products supply",
		"Chemical products supply", "Office supplies framework", "Retail equipment supply",
	}
	lx.stagesOpen = []string{"Qualification", "Needs analysis", "Proposal", "Negotiation", "Contract approval"}
	lx.stageWon, lx.stageLost = "Closed won", "Closed lost"
	lx.claimTitles = []string{
		"Defective goods in the batch", "Late delivery", "Incomplete delivery", "Invoice error",
		"Packaging damaged in transit", "Goods do not match the specification", "Wrong items delivered",
		"Shortage on receipt", "Warranty repair delayed", "Equipment faulty after installation",
		"Documents filled in incorrectly",
	}
	lx.claimDetails = []string{
		"{k} units with defects were found on receipt of delivery note No. {inv} of {date}.",
		"The delivery was {k} days late; the client asks for a penalty.",
		"The client asks to replace the goods or refund the money.",
		"An engineer has to visit the site to inspect the equipment.",
		"The client sent photos and a discrepancy report.",
		"The discrepancy was found when checking delivery note No. {inv}.",
	}
	lx.resolutions = []string{
		"Goods replaced at our expense.", "A 5% discount given on the next delivery.",
		"Missing items delivered.", "Documents reissued and sent to the client.",
		"Warranty repair done.", "Money refunded to the client.",
	}
	lx.rejections = []string{
		"Claim rejected: the damage was caused by the carrier.",
		"Claim rejected: storage conditions were not met.",
		"Claim rejected: the acceptance period had passed.",
	}
	lx.eventNames = []string{
		"Trade fair \"Logistics Expo {year}\"", "Trade fair \"Packaging Innovations {year}\"",
		"Trade fair \"Smart Factory {year}\"", "Trade fair \"Build Show {year}\"",
		"Webinar \"What's new in the product\"", "Webinar \"Cutting logistics costs\"",
		"Conference \"Digital Supply Chain {year}\"", "Dealer seminar ({city}, {month} {year})",
		"Open day ({month} {year})", "Partner conference {year}",
		"New product line launch ({city})", "Mailing \"Season highlights\" ({month} {year})",
	}
	lx.orderPrefix = "SO-"
	lx.months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	lx.dateLayout = "02/01/2006"

	lx.topics[catGeneral] = []tpl{
		{mAll, "Terms of supply under contract No. {contract}"},
		{mAll, "Agreeing the commercial proposal"},
		{mVoice | mEmail, "Price list request for {month}"},
		{mCall | mEmail, "Bank details for the invoice"},
		{mCall | mEmail, "Question about invoice No. {inv} of {date}"},
		{mAll, "Account reconciliation for Q{q} {year}"},
		{mVoice | mEmail, "Renewal of contract No. {contract}"},
		{mVoice | mEmail, "Delivery schedule for {month}"},
		{mTalk, "New product line presentation"},
		{mVoice, "Introduction and first consultation"},
		{mCall | mEmail, "Request for a proposal"},
		{mVoice | mEmail, "Volume discount"},
		{mVoice, "Technical advice on the equipment"},
		{mEmail, "Contract sent for signature"},
		{mEmail | mCall, "Signed contract No. {contract} received"},
		{mEmail, "Change of bank details"},
		{mVoice | mEmail, "Payment terms"},
		{mTalk, "Training for the client's staff"},
		{mSMS | mEmail, "Season's greetings"},
		{mCall | mEmail | mSMS, "Invitation to a meeting"},
		{mCall | mSMS, "Meeting confirmed for tomorrow at {time}"},
		{mText | mCall, "Payment reminder for invoice No. {inv}"},
		{mEmail | mCall, "Request for closing documents"},
		{mEmail, "Statement of account as of {date}"},
		{mVoice | mEmail, "Return of goods under delivery note No. {inv}"},
		{mVoice | mEmail, "Dealer terms"},
		{mCall | mEmail, "Request for product samples"},
		{mTalk, "Quarterly review with the client"},
		{mSMS, "Invoice No. {inv} sent by e-mail"},
	}
	lx.topics[catDeal] = []tpl{
		{mAll, "Commercial proposal: {deal}"},
		{mVoice, "Deal negotiation: {deal}"},
		{mEmail, "Proposal sent: {deal}"},
		{mVoice | mEmail, "Contract terms: {deal}"},
		{mTalk, "Solution presentation: {deal}"},
		{mCall | mMeeting, "Needs analysis: {deal}"},
		{mEmail | mCall, "Specification review: {deal}"},
		{mSMS, "Meeting reminder: {deal}"},
	}
	lx.topics[catClaim] = []tpl{
		{mCall, "Call about the claim: {claim}"},
		{mEmail | mTalk, "Claim: {claim}"},
		{mEmail, "Reply to the claim: {claim}"},
		{mTalk, "Meeting about the claim: {claim}"},
		{mAll, "Settling the claim: {claim}"},
		{mSMS | mEmail, "Claim accepted: {claim}"},
	}
	lx.topics[catEvent] = []tpl{
		{mEmail | mCall | mSMS, "Invitation: {event}"},
		{mEmail | mCall, "Registration: {event}"},
		{mAll, "Follow-up: {event}"},
		{mTalk, "Meeting at {event}"},
		{mSMS, "Reminder: {event}"},
		{mCall | mEmail, "Feedback on {event}"},
	}
	lx.topics[catOrder] = []tpl{
		{mAll, "Order {order}: shipment date"},
		{mCall | mText, "Payment for order {order}"},
		{mAll, "Shipment of order {order}"},
		{mEmail, "Invoice for order {order}"},
		{mCall | mEmail, "Changes to order {order}"},
		{mCall | mText, "Delivery of order {order}"},
		{mEmail | mCall, "Order {order} confirmed"},
		{mSMS, "Order {order} is ready to ship"},
	}
	lx.followUps = []tpl{
		{mCall, "Follow-up call"}, {mVoice | mEmail, "Clarifying the details"},
		{mEmail, "Confirming what was agreed"}, {mText | mCall, "Reminder"},
		{mEmail, "Documents after the discussion"}, {mTalk, "Meeting after the negotiation"},
		{mCall, "No answer, call back"},
	}
	lx.notes[data.TypeCall] = []string{
		"The client asked for the current price list.", "Agreed to talk again next week.",
		"Confirmed the delivery dates.", "The client asks to move the shipment by a few days.",
		"They will send their bank details by e-mail.", "Not ready to decide yet, asked to call back later.",
		"Discussed payment terms: 50% in advance, the rest on delivery.",
		"Passed the details to the logistics team.", "The client is happy with the service.",
		"A proposal is due by the end of the week.", "The assistant will pass the message to the director.",
	}
	lx.notes[data.TypeMeeting] = []string{
		"Presented the product range to the client's management.", "Discussed the delivery plan for next quarter.",
		"The director and the chief accountant attended.", "The client wants to widen the range.",
		"Agreed on a trial batch.", "Signed the contract amendments.",
		"Showed samples; the client chose two options.", "Minutes to be sent after the meeting.",
	}
	lx.notes[data.TypePlanned] = []string{
		"Prepare a commercial proposal.", "Agree the meeting time.", "Bring product samples.",
		"Ask about next quarter's needs.", "Remind about the payment.",
		"Check the shipment status before calling.", "Invite a technical specialist.",
	}
	lx.greetings = []string{"Good afternoon,", "Hello,", "Dear colleagues,", "Hi,", "Good morning,"}
	lx.closings = []string{
		"Kind regards,\nSales team", "Thanks, have a good day!", "Best regards,\nAccount manager",
		"Thank you in advance.", "Happy to answer any questions.",
	}
	lx.bodyLines[catGeneral] = []string{
		"Please find our proposal attached, as requested.", "The invoice is attached.",
		"Please confirm you have received the documents.", "Let me know a convenient time for a call.",
		"Prices for part of the range change from the first of next month.",
		"Could you send the statement of account for last quarter?", "We look forward to your proposal on the dates.",
		"Here is the current price list.", "The signed contract will go by courier.",
	}
	lx.bodyLines[catDeal] = []string{
		"Here is the updated proposal with the discount.", "We are ready to discuss payment by instalments.",
		"Our technical team has approved the specification.", "Please let us know your decision by the end of the month.",
		"We suggest a meeting with your management.",
	}
	lx.bodyLines[catClaim] = []string{
		"Your claim has been registered and is being handled.", "Please send photos of the damaged goods.",
		"We will reply to the claim within five working days.", "We are ready to replace the goods at our expense.",
		"The discrepancy report signed on receipt is attached.",
	}
	lx.bodyLines[catEvent] = []string{
		"We invite you to take part in our event.", "The programme is attached.",
		"Please confirm your attendance by the end of the week.", "Thank you for coming! The slides are attached.",
		"We will be glad to see you at our stand.",
	}
	lx.bodyLines[catOrder] = []string{
		"The order is packed and ready to ship.", "Please pay the invoice for the order within three days.",
		"Delivery is planned for next Tuesday.", "Payment received, thank you.",
		"Some items will ship separately.",
	}
	lx.sms = map[string]string{
		"Invitation to a meeting":                  "We would like to meet to talk about working together. When would suit you?",
		"Meeting confirmed for tomorrow at {time}": "Confirming our meeting tomorrow at {time}. See you then!",
		"Payment reminder for invoice No. {inv}":   "A reminder to pay invoice No. {inv}. Thank you!",
		"Season's greetings":                       "Season's greetings and best wishes for the year ahead!",
		"Invoice No. {inv} sent by e-mail":         "Invoice No. {inv} has been sent to your e-mail.",
		"Contract sent for signature":              "The contract has been sent to you for signature by e-mail.",
		"Request for closing documents":            "Please send the closing documents for last month.",
		"Reminder":                                 "A reminder of what we agreed. Looking forward to your reply.",
		"No answer, call back":                     "Could not reach you, please call back.",
		"Confirming what was agreed":               "Confirming what we agreed; the details are in your inbox.",
		"Meeting reminder: {deal}":                 "A reminder of our meeting tomorrow about {deal}.",
		"Proposal sent: {deal}":                    "The proposal for {deal} has been sent to your e-mail.",
		"Claim accepted: {claim}":                  "Your claim ({claim}) is being handled. We will reply within five working days.",
		"Reply to the claim: {claim}":              "Our reply to your claim has been sent by e-mail.",
		"Invitation: {event}":                      "You are invited: {event}. Details by e-mail.",
		"Reminder: {event}":                        "A reminder: {event}. See you there!",
		"Follow-up: {event}":                       "Thank you for joining us: {event}! The materials are in your inbox.",
		"Order {order} is ready to ship":           "Your order {order} is ready to ship.",
		"Payment for order {order}":                "Payment for order {order} received, thank you!",
		"Delivery of order {order}":                "Order {order} will be delivered tomorrow, 10 am to 6 pm.",
		"Shipment of order {order}":                "Order {order} has been shipped.",
	}
	lx.attachments = []attachDef{
		{"Proposal.pdf", "application/pdf"}, {"Invoice {inv}.pdf", "application/pdf"},
		{"Contract {contract}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"Price list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"Statement of account.pdf", "application/pdf"}, {"Specification.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"Photo {k}.jpg", "image/jpeg"}, {"Presentation.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
	}
	lx.places = []string{
		"Our office, meeting room 1", "Our office, meeting room 2", "Video call (Zoom)",
		"Video call (Microsoft Teams)", "Costa Coffee, King Street", "Client's warehouse",
	}
	lx.freeContacts = []string{
		"Courier service", "Trade fair visitor", "Business centre reception", "Olivia (from the trade fair)",
		"Daniel, referred by Mr Carter", "Express Delivery Co.", "Notary office",
		"Bank, foreign payments desk", "Warehouse landlord", "Zoë Harper (private person)",
	}
	lx.replyPrefix = "Re: "
	lx.trash, lx.other = data.FolderTrash, "Archive"
	lx.attrNames = [3]string{"Channel", "Next contact date", "Needs manager"}
	lx.channelOptions = []string{"Website", "Trade fair", "Referral", "Cold call", "Advertising", "Social media"}
}

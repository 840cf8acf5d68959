BroadsheetSearch.load("d-0",[
["","Ana Lopes","6 May 2020","The boats stay in for a third week. Readers can send us their stories."],
["Who writes it, and who pays for it","","","The Gazette has been written on the quay since 1952, by the people who work it. Write to us through the contact page, or read this week’s lead."],
["","","","Letters Letters for the paper go to the harbour office, addressed to the editor."]]);

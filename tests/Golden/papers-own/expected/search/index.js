BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":3,"chunk":50,"minYear":2020,
"sections":[["news","News"]],
"topics":[["fishing","Fishing"]],
"authors":[["ana-lopes","Ana Lopes"]],
"shards":[""],
"docs":"!##!#!!!!!!!!!",
"lengths":"1@1",
"titles":["Quota cut & boats stay in: “a third week”","About the Gazette","Contact"],
"paths":["2020/05/quota-cut","/about.html","/contact.html"]});

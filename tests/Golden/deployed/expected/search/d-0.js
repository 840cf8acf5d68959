BroadsheetSearch.load("d-0",[
["articles/2019/04/tenants-win-repairs.html","Tenants win repairs","","Lee Park","3 April 2019","The landlord gave way after a six-week rent strike."]]);

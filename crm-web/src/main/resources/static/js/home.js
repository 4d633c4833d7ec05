// Draws the ladder chart from the accessible table beside it (no inline script: the CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('ladder-chart');
    var rows = document.querySelectorAll('#ladder-table tbody tr');
    if (!canvas || !window.Chart || rows.length === 0) {
        return;
    }
    var labels = [];
    var values = [];
    rows.forEach(function (row) {
        labels.push(row.querySelector('.stage-name').textContent);
        values.push(Number(row.querySelector('[data-value]').getAttribute('data-value')));
    });
    new window.Chart(canvas, {
        type: 'bar',
        data: {
            labels: labels,
            datasets: [{data: values, backgroundColor: ['#94a3b8', '#60a5fa', '#34d399', '#c2410c']}]
        },
        options: {plugins: {legend: {display: false}}, scales: {y: {beginAtZero: true}}}
    });
});
